/** Tests of the single-statement runner and its SQL failure translation. */
package com.padelyzer.bff.adapter.persistence.jdbc;
