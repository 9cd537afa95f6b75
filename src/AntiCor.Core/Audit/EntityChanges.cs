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

    /// <summary>
    /// Properties whose values never enter the audit trail, by entity type name and property: the
    /// trail is read by auditors and published in checkpoints, and these are credentials. A change
    /// to one is recorded as <see cref="Hidden"/>, so the fact (a password was changed) stays visible.
    /// </summary>
    public static readonly IReadOnlySet<(string Entity, string Property)> SecretProperties = new HashSet<(string, string)>
    {
        ("AppUser", "PasswordHash"),
        ("AppUser", "SecurityStamp"),
        // AspNetUserTokens rows hold the TOTP authenticator key and the hashed recovery codes.
        ("IdentityUserToken", "Value"),
        // Names in the department's registers are personal data: auditors see that a name was
        // written, changed or erased, never the name itself (so an erasure leaves no copy here).
        ("AppointmentNotice", "CandidateName"),
        ("ConflictOfInterest", "PersonName"),
        ("Declaration", "PersonName"),
        ("Declaration", "Email"),
        ("LiablePerson", "PersonName"),
        ("TrainingParticipant", "PersonName"),
        ("Consultation", "PersonName"),
    };

    public const string Hidden = "приховано";

    public static bool IsSecret(string entityType, string property) => SecretProperties.Contains((entityType, property));

    public static List<AuditEvent> Collect(DbContext context)
    {
        var byEntity = new Dictionary<(string Type, string Id), (string Action, Dictionary<string, object?> Fields)>();
        var organizations = new Dictionary<(string Type, string Id), Guid?>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or AuditCheckpoint
                || UnauditedEntities.Contains(entry.Metadata.ClrType))
            {
                continue;
            }

            var (type, id, prefix) = Identify(entry);
            if (OrganizationOf(entry) is { } organization)
            {
                organizations[(type, id)] = organization;
            }

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
                // The version only orders concurrent saves; the fields it guards are recorded themselves.
                if (property.Metadata.Name == nameof(Domain.IVersioned.Version))
                {
                    continue;
                }

                var name = prefix + property.Metadata.Name;
                var secret = IsSecret(TypeName(entry.Metadata.ClrType), property.Metadata.Name);
                var before = secret ? (property.OriginalValue is null ? null : Hidden) : Text(property.OriginalValue);
                var after = secret ? (property.CurrentValue is null ? null : Hidden) : Text(property.CurrentValue);
                switch (entry.State)
                {
                    case EntityState.Added:
                        record.Fields[name] = new { to = after };
                        break;
                    case EntityState.Deleted:
                        record.Fields[name] = new { from = before };
                        break;
                    case EntityState.Modified when property.IsModified && secret && !Equals(property.OriginalValue, property.CurrentValue):
                        record.Fields[name] = new { changed = Hidden };
                        break;
                    case EntityState.Modified when property.IsModified && before != after:
                        record.Fields[name] = new { from = before, to = after };
                        break;
                }
            }
        }

        return byEntity
            .Where(x => x.Value.Fields.Count > 0 || x.Value.Action != AuditActions.Updated)
            .Select(x => new AuditEvent(x.Value.Action, x.Key.Type, x.Key.Id, JsonSerializer.Serialize(x.Value.Fields, ReadableJson))
            {
                OrganizationId = organizations.GetValueOrDefault((x.Key.Type, x.Key.Id)),
            })
            .ToList();
    }

    private static (string Type, string Id, string Prefix) Identify(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null && ownership.PrincipalEntityType.FindOwnership() is null)
        {
            var ownerId = string.Join(",", ownership.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
            return (TypeName(ownership.PrincipalEntityType.ClrType), ownerId, ownership.PrincipalToDependent?.Name + ".");
        }

        var key = entry.Metadata.FindPrimaryKey()!;
        return (TypeName(entry.Metadata.ClrType), string.Join(",", key.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue))), "");
    }

    /// <summary>The organisation a row belongs to, for the chain that records its change: any entity with an OrganizationId.</summary>
    private static Guid? OrganizationOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("OrganizationId") is { } property && entry.Property(property.Name).CurrentValue is Guid id && id != Guid.Empty
            ? id
            : null;

    /// <summary>The type's name without the generic arity: IdentityUserRole rather than IdentityUserRole`1.</summary>
    private static string TypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
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

/// <summary>The properties kept out of the audit trail, for tests and for anyone reviewing what the trail can hold.</summary>
public static class EntityChangesSecrets
{
    public static IReadOnlyCollection<(string Entity, string Property)> List => [.. EntityChanges.SecretProperties];

    /// <summary>The word the trail stores instead of a secret's value (the audit page shows it in the reader's language).</summary>
    public const string Hidden = EntityChanges.Hidden;
}
