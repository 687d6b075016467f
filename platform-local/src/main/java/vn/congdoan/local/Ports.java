package vn.congdoan.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers: everything local binds to 127.0.0.1 only. */
final class Ports {

  static final String HOST = "127.0.0.1";

  private Ports() {}

  /** True when nothing listens on 127.0.0.1:port (bind succeeds the same way the servers will). */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A port that was free a moment ago. Kafka needs its ports before it binds (the controller
   * address is part of its configuration), so "0" has to be resolved up front.
   */
  static int pickFree() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + HOST, e);
    }
  }

  static int resolve(int port) {
    return port == 0 ? pickFree() : port;
  }
}
