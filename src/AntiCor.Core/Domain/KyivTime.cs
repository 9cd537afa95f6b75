namespace AntiCor.Core.Domain;

/// <summary>Times are stored in UTC and shown on Kyiv's clock, whatever the server's zone.</summary>
public static class KyivTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>Today's date on Kyiv's clock.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(FromUtc(time.GetUtcNow().UtcDateTime));

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a moment on Kyiv's clock (e.g. the start of a day typed in a filter).</summary>
    public static DateTime ToUtc(DateTime kyiv) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(kyiv, DateTimeKind.Unspecified), Zone);

    /// <summary>
    /// As <see cref="ToUtc"/>, but a moment the spring change skips (03:00-03:59 on its Sunday) is
    /// taken an hour later instead of refused: a schedule keeps running that day.
    /// </summary>
    public static DateTime ToUtcLenient(DateTime kyiv)
    {
        var local = DateTime.SpecifyKind(kyiv, DateTimeKind.Unspecified);
        return ToUtc(Zone.IsInvalidTime(local) ? local.AddHours(1) : local);
    }

    // tzdata renamed Europe/Kiev to Europe/Kyiv in 2022; older systems know only the old name.
    private static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kyiv", out var zone)
        || TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kiev", out zone)
            ? zone
            : throw new InvalidOperationException("Часовий пояс Europe/Kyiv не знайдено: встановіть tzdata.");
}
