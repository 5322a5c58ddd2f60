namespace Reintegra.Synthetic;

/// <summary>
/// SplitMix64: tiny, fast and identical on every runtime, so a seed means the same data forever
/// (System.Random's seeded sequence is an implementation detail). Each unit of data gets its own stream,
/// derived from the seed and its index, so any person can be regenerated without replaying the rest.
/// </summary>
internal sealed class Rng(ulong state)
{
    private ulong _state = state;

    public static Rng For(int seed, ulong stream, ulong index) =>
        new(Mix(Mix(Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL) ^ stream) ^ index));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, maxExclusive), by multiply-shift (no modulo bias worth the name at these sizes).</summary>
    public int Next(int maxExclusive) => (int)(((NextULong() >> 32) * (ulong)maxExclusive) >> 32);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public long NextLong(long maxExclusive) => (long)(NextULong() % (ulong)maxExclusive);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Approximately normal (sum of uniforms), enough for ages and sizes.</summary>
    public double NextGaussian(double mean, double sd) =>
        mean + sd * (NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0) * 1.7320508;
}
