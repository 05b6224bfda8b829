package org.filmfactory.factory.internal.idea;

import java.util.List;
import java.util.Objects;
import org.filmfactory.factory.ChatFailed;
import org.jspecify.annotations.Nullable;

/** A chat model that answers a conversation: the one door through which idea writing reaches the network. */
public interface ChatBackend {

    /** One message of the conversation; role is {@code system}, {@code user} or {@code assistant}. */
    record Message(String role, String content) {

        public Message {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * What the backend answered, whatever it is: a truncated or filtered answer is still a reply (it was paid for).
     *
     * @param content the answer's text; empty when there is none
     * @param finishReason why it stopped ({@code stop}, {@code length}, {@code content_filter}, …); empty if unsaid
     * @param refusal the model's refusal text, when it declined
     * @param model the model that answered, as the provider names it
     * @param promptTokens as the provider counted them; 0 when it did not say
     * @param completionTokens as the provider counted them; 0 when it did not say
     */
    record Reply(String content, String finishReason, @Nullable String refusal, String model, int promptTokens,
            int completionTokens) {
    }

    /** Whether this backend is set up; when not, {@link #complete} throws. */
    boolean configured();

    /** The model name sent, for estimates and records ("" when none is). */
    String model();

    /**
     * Sends the conversation and waits for the whole answer (up to the configured timeout).
     *
     * @throws ChatFailed when there is no reply to judge: unreachable, timed out, an HTTP error, or not a chat reply
     * @throws org.filmfactory.factory.ChatNotConfigured when no backend is configured
     */
    Reply complete(List<Message> messages, int maxTokens) throws InterruptedException;
}
