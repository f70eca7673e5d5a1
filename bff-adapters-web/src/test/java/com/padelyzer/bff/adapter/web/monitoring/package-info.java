/** Tests of request monitoring: figures per request, rolling statistics, alerts, bounded memory. */
package com.padelyzer.bff.adapter.web.monitoring;
