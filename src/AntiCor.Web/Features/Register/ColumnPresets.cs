using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>The organisation's saved meanings of column headers: applied to each upload, and saved with a confirmed import.</summary>
public static class ColumnPresets
{
    public static async Task<IReadOnlyDictionary<string, ColumnMeaning>> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.ColumnPresets.AsNoTracking().ToDictionaryAsync(p => p.Header, p => p.Meaning, cancellationToken);

    /// <summary>
    /// Adds or changes the presets for the meanings a confirmed review used; they are written with
    /// the programme, in its transaction (nothing is saved here).
    /// </summary>
    public static async Task SaveAsync(
        AppDbContext db, Guid organizationId, IReadOnlyDictionary<string, ColumnMeaning>? columns, TimeProvider time, CancellationToken cancellationToken)
    {
        if (columns is not { Count: > 0 })
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var stored = await db.ColumnPresets.ToDictionaryAsync(p => p.Header, cancellationToken);
        foreach (var (header, meaning) in columns)
        {
            if (!stored.TryGetValue(header, out var preset))
            {
                db.ColumnPresets.Add(new ColumnPreset(organizationId, header, meaning, now));
            }
            else if (preset.Meaning != meaning)
            {
                preset.Choose(meaning, now);
            }
        }
    }
}
