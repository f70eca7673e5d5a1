package com.padelyzer.archfixtures.bff.domain;

import java.sql.Connection;

/** Breaks core_does_no_io: the domain reaching the database itself. */
public class JdbcReadingRule {
    Connection connection;
}
