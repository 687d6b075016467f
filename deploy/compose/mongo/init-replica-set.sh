#!/bin/bash
# Run by the one-shot mongo-init service on every `docker compose up`; safe to run again.
# 1. initiates the replica set rs0 the first time (mongo-1 preferred as primary);
# 2. creates, or updates the password of, one user per service with readWrite on its own database.
set -euo pipefail

auth=(-u "$MONGO_ROOT_USERNAME" -p "$MONGO_ROOT_PASSWORD" --authenticationDatabase admin --quiet)

mongosh --host mongo-1:27017 "${auth[@]}" --eval '
  try {
    rs.status();
    print("replica set rs0 already initiated");
  } catch (e) {
    if (e.codeName !== "NotYetInitialized") throw e;
    rs.initiate({
      _id: "rs0",
      members: [
        { _id: 0, host: "mongo-1:27017", priority: 2 },
        { _id: 1, host: "mongo-2:27017", priority: 1 },
        { _id: 2, host: "mongo-3:27017", priority: 1 },
      ],
    });
    print("replica set rs0 initiated");
  }'

# Through the replica set: the driver waits for the primary (the first election takes seconds).
mongosh "mongodb://mongo-1:27017,mongo-2:27017,mongo-3:27017/admin?replicaSet=rs0&serverSelectionTimeoutMS=60000" \
  "${auth[@]}" --eval '
  const admin = db.getSiblingDB("admin");
  for (const name of ["membership", "welfare", "finance", "reporting"]) {
    const pwd = process.env["MONGO_" + name.toUpperCase() + "_PASSWORD"];
    if (!pwd) throw new Error("MONGO_" + name.toUpperCase() + "_PASSWORD is not set");
    const roles = [{ role: "readWrite", db: name }];
    if (admin.getUser(name)) {
      admin.updateUser(name, { pwd: pwd, roles: roles });
      print("user " + name + " updated");
    } else {
      admin.createUser({ user: name, pwd: pwd, roles: roles });
      print("user " + name + " created");
    }
  }'
