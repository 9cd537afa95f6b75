using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Audit;

/// <summary>Counts an anonymous download: one upsert per request, so concurrent downloads never lose a count.</summary>
public static class PublicDownloads
{
    public static Task CountAsync(AppDbContext db, TimeProvider time, string entity, string entityId, string format, CancellationToken cancellationToken = default)
    {
        var day = KyivTime.Today(time);
        // INSERT … ON CONFLICT … DO UPDATE is the same statement on SQLite (3.24+) and PostgreSQL.
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "PublicDownloadCounts" ("Day", "Entity", "EntityId", "Format", "Count") VALUES ({day}, {entity}, {entityId}, {format}, 1)
            ON CONFLICT ("Day", "Entity", "EntityId", "Format") DO UPDATE SET "Count" = "PublicDownloadCounts"."Count" + 1
            """,
            cancellationToken);
    }
}
