package com.padelyzer.bff.adapter.web.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the request monitor knows, in bounded memory: rolling figures per endpoint type, the last alerts (newest
 * first, at most a fixed number) and the thresholds in force. The management API's performance report reads it.
 */
public interface RequestStatistics {

    Map<EndpointType, EndpointFigures> figures();

    List<PerformanceAlert> recentAlerts();

    Map<EndpointType, Duration> thresholds();
}
