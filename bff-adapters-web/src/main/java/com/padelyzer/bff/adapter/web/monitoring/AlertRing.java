package com.padelyzer.bff.adapter.web.monitoring;

import java.util.ArrayList;
import java.util.List;

/** The last alerts, at most a fixed number: a new one replaces the oldest. Alerts are rare, so a lock is cheap. */
final class AlertRing {

    private final PerformanceAlert[] slots;
    private long written;

    AlertRing(int capacity) {
        this.slots = new PerformanceAlert[capacity];
    }

    synchronized void add(PerformanceAlert alert) {
        slots[(int) (written % slots.length)] = alert;
        written++;
    }

    /** Newest first. */
    synchronized List<PerformanceAlert> newestFirst() {
        int held = (int) Math.min(written, slots.length);
        List<PerformanceAlert> alerts = new ArrayList<>(held);
        for (long i = written - 1; i >= written - held; i--) {
            alerts.add(slots[(int) (i % slots.length)]);
        }
        return alerts;
    }

    int capacity() {
        return slots.length;
    }
}
