package org.filmfactory.take.internal.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.net.http.HttpResponse;

/**
 * A reply body streamed into a sink, at most {@code cap} bytes: a longer reply is cut off as it arrives (the
 * connection is cancelled), never buffered whole. Either it fails with {@link TooLarge}, or, for error replies
 * read only for their message, it keeps the first {@code cap} bytes.
 */
final class CappedBody<T> implements HttpResponse.BodySubscriber<T> {

    /** The reply is longer than allowed. */
    static final class TooLarge extends IOException {

        final long cap;

        TooLarge(long cap) {
            super("reply larger than " + cap + " bytes");
            this.cap = cap;
        }
    }

    interface Sink<T> {
        OutputStream stream();

        T finish() throws IOException;
    }

    private final Sink<T> sink;
    private final long cap;
    private final boolean truncate;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private long received;
    private Flow.Subscription subscription;

    private final boolean refuse;

    CappedBody(Sink<T> sink, long cap, boolean truncate) {
        this(sink, cap, truncate, false);
    }

    /** @param refuse the declared length is already too long: fail without reading */
    CappedBody(Sink<T> sink, long cap, boolean truncate, boolean refuse) {
        this.sink = sink;
        this.cap = cap;
        this.truncate = truncate;
        this.refuse = refuse;
    }

    @Override
    public CompletionStage<T> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refuse) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(cap));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (var buffer : buffers) {
                var length = buffer.remaining();
                if (received + length > cap) {
                    if (!truncate) {
                        fail(new TooLarge(cap));
                        return;
                    }
                    var keep = (int) (cap - received);
                    write(buffer, keep);
                    received = cap;
                    subscription.cancel();
                    result.complete(sink.finish());
                    return;
                }
                write(buffer, length);
                received += length;
            }
            subscription.request(1);
        } catch (IOException | UncheckedIOException e) {
            fail(e);
        }
    }

    private void write(ByteBuffer buffer, int length) throws IOException {
        var bytes = new byte[length];
        buffer.get(bytes);
        sink.stream().write(bytes);
    }

    private void fail(Throwable failure) {
        subscription.cancel();
        try {
            sink.stream().close();
        } catch (IOException ignored) {
            // The failure that matters is the one reported.
        }
        result.completeExceptionally(failure);
    }

    @Override
    public void onError(Throwable throwable) {
        if (!result.isDone()) {
            fail(throwable);
        }
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        try {
            result.complete(sink.finish());
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }
}
