namespace Reintegra.Matching.Indexing;

/// <summary>The slots sharing one blocking key. Most keys have one slot, kept inline without an array.</summary>
internal struct Posting
{
    public int Count;
    public int First;
    public int[]? Rest;

    public void Add(int slot)
    {
        if (Count == 0)
        {
            First = slot;
        }
        else
        {
            Rest ??= new int[2];
            if (Count - 1 == Rest.Length)
            {
                Array.Resize(ref Rest, Rest.Length * 2);
            }

            Rest[Count - 1] = slot;
        }

        Count++;
    }

    public void Remove(int slot)
    {
        if (Count == 0)
        {
            return;
        }

        var last = Count == 1 ? First : Rest![Count - 2];
        if (First == slot)
        {
            First = last;
        }
        else
        {
            var i = Array.IndexOf(Rest!, slot, 0, Count - 1);
            if (i < 0)
            {
                return;
            }

            Rest![i] = last;
        }

        Count--;
        if (Count <= 1)
        {
            Rest = null;
        }
    }

    public readonly int this[int i] => i == 0 ? First : Rest![i - 1];
}
