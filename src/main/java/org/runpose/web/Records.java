package org.runpose.web;

import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Visit;

/** The runner or visit an address names, or the refusal that says it is not there. */
final class Records {

  private final Store store;

  Records(Store store) {
    this.store = store;
  }

  Runner runner(String id) throws SQLException {
    if (!DataFolder.isId(id)) {
      throw Refusal.notFound("There is no such runner.");
    }
    return store.runner(id).orElseThrow(() -> Refusal.notFound("There is no such runner: deleted, or the address is"
        + " wrong."));
  }

  Visit visit(String id) throws SQLException {
    if (!DataFolder.isId(id)) {
      throw Refusal.notFound("There is no such visit.");
    }
    return store.visit(id).orElseThrow(() -> Refusal.notFound("There is no such visit: deleted, or the address is"
        + " wrong."));
  }

  Visit ownVisit(Runner r, String id) throws SQLException {
    if (id == null || id.isBlank()) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Choose two visits to compare.");
    }
    Visit v = visit(id);
    if (!v.runnerId().equals(r.id())) {
      throw Refusal.notFound("There is no such visit of " + r.name() + ".");
    }
    return v;
  }
}
