using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AntiCor.Core.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit events: one per entity, with the changed
/// fields before and after. Owned values (a measure's term, a programme's legal basis) are
/// reported as fields of their owner.
/// </summary>
internal static class EntityChanges
{
    // Cyrillic kept readable for auditors who open the raw rows.
    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static List<AuditEvent> Collect(DbContext context)
    {
        var byEntity = new Dictionary<(string Type, string Id), (string Action, Dictionary<string, object?> Fields)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or AuditCheckpoint)
            {
                continue;
            }

            var (type, id, prefix) = Identify(entry);
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Deleted => AuditActions.Deleted,
                _ => AuditActions.Updated,
            };
            if (!byEntity.TryGetValue((type, id), out var record))
            {
                record = (prefix.Length > 0 && action != AuditActions.Updated ? AuditActions.Updated : action, []);
                byEntity[(type, id)] = record;
            }

            if (prefix.Length == 0 && record.Action != action)
            {
                record = (action, record.Fields);
                byEntity[(type, id)] = record;
            }

            foreach (var property in entry.Properties)
            {
                var name = prefix + property.Metadata.Name;
                var before = Text(property.OriginalValue);
                var after = Text(property.CurrentValue);
                switch (entry.State)
                {
                    case EntityState.Added:
                        record.Fields[name] = new { to = after };
                        break;
                    case EntityState.Deleted:
                        record.Fields[name] = new { from = before };
                        break;
                    case EntityState.Modified when property.IsModified && before != after:
                        record.Fields[name] = new { from = before, to = after };
                        break;
                }
            }
        }

        return byEntity
            .Where(x => x.Value.Fields.Count > 0 || x.Value.Action != AuditActions.Updated)
            .Select(x => new AuditEvent(x.Value.Action, x.Key.Type, x.Key.Id, JsonSerializer.Serialize(x.Value.Fields, ReadableJson)))
            .ToList();
    }

    private static (string Type, string Id, string Prefix) Identify(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null && ownership.PrincipalEntityType.FindOwnership() is null)
        {
            var ownerId = string.Join(",", ownership.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
            return (ownership.PrincipalEntityType.ClrType.Name, ownerId, ownership.PrincipalToDependent?.Name + ".");
        }

        var key = entry.Metadata.FindPrimaryKey()!;
        return (entry.Metadata.ClrType.Name, string.Join(",", key.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue))), "");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
