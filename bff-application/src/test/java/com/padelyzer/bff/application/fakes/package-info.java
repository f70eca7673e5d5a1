/**
 * Hand-written in-memory fakes of the out-ports, for use-case tests. Test code only.
 */
package com.padelyzer.bff.application.fakes;
