"""The cashier's counter window: panels, the current customer's session, the station's devices."""
