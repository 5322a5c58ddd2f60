using System.Globalization;

namespace Reintegra.Web.Web;

/// <summary>
/// Times are stored in UTC and shown in the instance's time zone (<c>Instance:TimeZone</c>, default America/Guatemala),
/// which is also how times typed into forms are read.
/// </summary>
public sealed class LocalTime(IConfiguration config, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(config["Instance:TimeZone"] ?? "America/Guatemala");

    public TimeZoneInfo Zone => _zone;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);

    /// <summary>
    /// A time received from a form or the API: with an offset or Z it is exact; without one it is read as the
    /// instance's local time (what a reception officer types).
    /// </summary>
    public DateTime InputToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => ToUtc(value),
    };

    public DateTime Now => ToLocal(clock.GetUtcNow().UtcDateTime);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public string Format(DateTime utc) => ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public string FormatDate(DateTime utc) => ToLocal(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The value an &lt;input type="datetime-local"&gt; expects.</summary>
    public string InputValue(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
