package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.out.CachedResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link CachedResponse} as the bytes of a Redis value, in a small versioned format of our own (no Java
 * serialization): version byte, cache type code, ETag, cached-at (seconds, nanos), TTL (seconds, nanos), time it may
 * be served stale (seconds, nanos), body length and body. A value this version cannot read (another version, cut short, unknown type) reads as a miss, so a rolling
 * deployment that changes the format recomputes instead of failing.
 */
final class CachedResponseCodec {

    static final byte VERSION = 1;

    private CachedResponseCodec() {
    }

    static byte[] encode(CachedResponse response) {
        var bytes = new ByteArrayOutputStream(response.sizeInBytes() + 128);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(response.type().code());
            out.writeUTF(response.etag());
            out.writeLong(response.cachedAt().getEpochSecond());
            out.writeInt(response.cachedAt().getNano());
            out.writeLong(response.ttl().getSeconds());
            out.writeInt(response.ttl().getNano());
            out.writeLong(response.staleFor().getSeconds());
            out.writeInt(response.staleFor().getNano());
            out.writeInt(response.sizeInBytes());
            out.write(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static Optional<CachedResponse> decode(byte[] value) {
        try (var in = new DataInputStream(new ByteArrayInputStream(value))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            Optional<CacheType> type = typeOf(in.readUTF());
            String etag = in.readUTF();
            Instant cachedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            Duration ttl = Duration.ofSeconds(in.readLong(), in.readInt());
            Duration staleFor = Duration.ofSeconds(in.readLong(), in.readInt());
            int length = in.readInt();
            if (type.isEmpty() || length < 0 || length != in.available()) {
                return Optional.empty();
            }
            byte[] body = in.readNBytes(length);
            return Optional.of(new CachedResponse(body, etag, cachedAt, ttl, type.get(), staleFor));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<CacheType> typeOf(String code) {
        for (CacheType type : CacheType.values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
