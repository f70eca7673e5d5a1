/** Tests of the read path: authorization first, cache lookup and store, computation, headers. */
package com.padelyzer.bff.adapter.web.read;
