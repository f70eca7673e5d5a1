/** Tests of the SQL fragment type, the single-statement runner and its SQL failure translation. */
package com.padelyzer.bff.adapter.persistence.jdbc;
