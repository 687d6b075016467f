package vn.congdoan.platform.infra.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of a server that can stop answering without closing anything: what a
 * store looks like when its host hangs (a paused process, a full disk, a network partition). The
 * client's connections stay open, every byte it sends is swallowed and nothing comes back.
 */
final class StallingProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final ServerSocket listener;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean stalled;

  StallingProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0);
    daemon(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** From now on nothing reaches the server and nothing comes back. */
  void stall() {
    stalled = true;
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
        sockets.add(client);
      } catch (IOException e) {
        return;
      }
      try {
        Socket server = new Socket(target.getAddress(), target.getPort());
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // The server is gone: the client's connection is refused, as it would be without us.
        closeQuietly(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    daemon(
        () -> {
          byte[] buffer = new byte[8192];
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
              // Stalled: read and drop, so the sender never sees a closed or full socket.
              if (!stalled) {
                out.write(buffer, 0, n);
                out.flush();
              }
            }
          } catch (IOException e) {
            // One side went away: the other is closed by close().
          }
        });
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "stalling-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing what is already gone.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(StallingProxy::closeQuietly);
  }
}
