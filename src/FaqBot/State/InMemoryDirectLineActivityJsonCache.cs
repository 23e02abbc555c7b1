namespace FaqBot.State;

/// <summary>The activity JSON recently stored by an in-memory Direct Line store, so that an activity the same as one
/// stored before (the welcome of every new conversation) is held once, not once per conversation.</summary>
/// <remarks>A small table indexed by hash, each slot holding the last JSON that fell in it; a miss only means one more
/// copy. After a content reload the new welcome takes the slot, while conversations started before keep the copy they
/// hold, so each reads the welcome it was greeted with.</remarks>
internal sealed class InMemoryDirectLineActivityJsonCache
{
    private const int Slots = 64;

    // Read and replaced without a lock: a race costs one more copy, never a wrong one (a copy is compared before use).
    private readonly InMemoryDirectLineActivityJson?[] _slots = new InMemoryDirectLineActivityJson?[Slots];

    /// <summary>The JSON last kept with this hash's slot, if any; the caller checks that it matches.</summary>
    public InMemoryDirectLineActivityJson? Find(int hash) => Volatile.Read(ref _slots[hash & (Slots - 1)]);

    /// <summary>Keeps <paramref name="json"/> for the next activity that reads the same.</summary>
    public void Keep(InMemoryDirectLineActivityJson json) => Volatile.Write(ref _slots[json.Hash & (Slots - 1)], json);
}
