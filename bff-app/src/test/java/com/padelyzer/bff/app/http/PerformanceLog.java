package com.padelyzer.bff.app.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.padelyzer.bff.adapter.web.monitoring.RequestMonitor;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The request monitor's log lines while a test runs (DEBUG included), read with a logback ListAppender. */
final class PerformanceLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(RequestMonitor.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level levelBefore;

    PerformanceLog() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    synchronized List<String> lines(Level level) {
        return appender.list.stream().filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
    }
}
