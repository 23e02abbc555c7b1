namespace FaqBot.State;

/// <summary>The activity JSON recently stored by an in-memory Direct Line store, so that an activity the same as one
/// stored before (the welcome of every new conversation) is held once, not once per conversation.</summary>
/// <remarks>A small table indexed by hash, each slot holding the last JSON that fell in it; a miss only means one more
/// copy. After a content reload the new welcome takes the slot, while conversations started before keep the copy they
/// hold, so each reads the welcome it was greeted with.</remarks>
internal sealed class InMemoryDirectLineActivityJsonCache
{
    private const int Slots = 64;

    private readonly InMemoryDirectLineActivityJson?[] _slots = new InMemoryDirectLineActivityJson?[Slots];

    /// <summary>The copy already held when one renders the same as <paramref name="json"/>; otherwise
    /// <paramref name="json"/>, which is kept for the next one.</summary>
    public InMemoryDirectLineActivityJson Share(InMemoryDirectLineActivityJson json)
    {
        var slot = json.GetHashCode() & (Slots - 1);
        // Slots are read and replaced without a lock: a race costs one shared copy, never a wrong one.
        if (Volatile.Read(ref _slots[slot]) is { } held && held.SameAs(json))
        {
            return held;
        }
        Volatile.Write(ref _slots[slot], json);
        return json;
    }
}
