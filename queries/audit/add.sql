-- Records one audit event.
INSERT INTO audit_log (actor, role, action, detail) VALUES ($actor, $role, $action, $detail::JSON)
