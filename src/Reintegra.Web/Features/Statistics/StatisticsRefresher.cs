using Reintegra.Web.Data;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// Loads the figures at start, then brings them up to date every <c>Statistics:RefreshSeconds</c> (default 20), so a
/// registration is counted within a minute.
/// </summary>
public sealed class StatisticsRefresher(IServiceProvider services, ReturnStatistics statistics, ReintegrationStatistics reintegration, IConfiguration config, ILogger<StatisticsRefresher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(config.GetValue("Statistics:RefreshSeconds", 20), 1, 50));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (statistics.IsReady)
                {
                    await statistics.CatchUpAsync(db, stoppingToken);
                }
                else
                {
                    await statistics.LoadAsync(db, stoppingToken);
                }
                if (reintegration.IsReady)
                {
                    await reintegration.CatchUpAsync(db, stoppingToken);
                }
                else
                {
                    await reintegration.LoadAsync(db, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may not be migrated yet (first start) or briefly unavailable: try again next round.
                log.LogWarning(e, "Statistics could not be brought up to date; retrying");
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
