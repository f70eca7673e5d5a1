/** Tests of statement counting where statements leave for the database. */
package com.padelyzer.bff.adapter.persistence.statement;
