namespace FaqBot.State;

/// <summary>The shared store (Redis) could not be reached for something that cannot go on without it, such as a
/// Direct Line conversation; the caller answers 503 with Retry-After.</summary>
public sealed class SharedStateUnavailableException(Exception inner)
    : Exception("The shared state store is unreachable.", inner);
