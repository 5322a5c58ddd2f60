using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Web;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// The statistics services of the application, wired as <c>AddStatisticsFeatures</c> wires them (one
/// <see cref="ReturnStatistics"/>, a <see cref="ReadReturnFigures"/> per request), without the web host: the
/// questions are answered in-process by the same code the API and the dashboard call.
/// </summary>
internal sealed class EngineHost : IDisposable
{
    private readonly ServiceProvider _services;

    public EngineHost()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LocalTime>();
        services.AddSingleton<ReturnStatistics>();
        services.AddScoped<ReadReturnFigures>();
        _services = services.BuildServiceProvider();
    }

    public ReturnStatistics Statistics => _services.GetRequiredService<ReturnStatistics>();

    public LocalTime Time => _services.GetRequiredService<LocalTime>();

    /// <summary>A request's reader (a new scope, as each HTTP request gets).</summary>
    public ReadReturnFigures NewReader(out IServiceScope scope)
    {
        scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ReadReturnFigures>();
    }

    public IStringLocalizer<StatisticsText> Text => _services.GetRequiredService<IStringLocalizer<StatisticsText>>();

    public void Dispose() => _services.Dispose();
}
