using System.Text.Json;
using FaqBot.Dialogs;

namespace FaqBot.State;

/// <summary>What a conversation that remembers nothing (a welcome turn) serialises to: loading "no state" gives the same,
/// so a store need not save it and a flood of new conversations costs no stored state.</summary>
internal static class UntouchedConversationState
{
    private static readonly byte[] Bytes = JsonSerializer.SerializeToUtf8Bytes(new ConversationState());

    /// <summary>True when <paramref name="serialized"/> is the state of a conversation with nothing to remember.</summary>
    public static bool Is(ReadOnlySpan<byte> serialized) => serialized.SequenceEqual(Bytes);
}
