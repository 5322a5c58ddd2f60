using System.Diagnostics;
using Reintegra.Reception.Bench.Api;

namespace Reintegra.Reception.Bench.Hosting;

/// <summary>
/// The application loads its in-memory identity index (the matching engine's view of every person) in the background
/// after it starts, and answers candidate lookups from the database until then. Measurements wait for it, as a
/// reception centre would after a restart; the wait and the index's size are reported.
/// </summary>
internal sealed record IdentityIndexStatus(bool Ready, int People, long EstimatedBytes)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

    /// <returns>The index once ready and how long that took; null when the application has no identity index.</returns>
    public static async Task<(IdentityIndexStatus Status, TimeSpan Waited)?> WaitAsync(ApiClient supervisor)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            IdentityIndexStatus status;
            try
            {
                status = await supervisor.GetAsync<IdentityIndexStatus>("identity status", "/api/v1/identity/status");
            }
            catch (ApiException e) when (e.Status == 404)
            {
                return null;
            }
            if (status.Ready)
            {
                return (status, clock.Elapsed);
            }
            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"The identity index was not ready after {Limit.TotalMinutes} minutes ({status.People:N0} people loaded).");
            }
            await Task.Delay(250);
        }
    }
}
