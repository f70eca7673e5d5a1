package com.padelyzer.bff.adapter.web.management;

/**
 * Every meter of the service in the Prometheus text exposition format, version 0.0.4, as a scrape reads it. The web
 * adapter needs only the text; the composition root provides it from its meter registry.
 */
public interface MetricsScrape {

    /** The content type of {@link #scrape()}. */
    String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    String scrape();
}
