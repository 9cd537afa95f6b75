using System.Data.Common;
using System.Runtime.CompilerServices;
using AntiCor.Core.Audit;
using AntiCor.Core.Domain;
using AntiCor.Core.Jobs;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Sees every save of the app's database: before it, notes which organisations and programmes
/// its changes belong to; once they are committed (after the save, or after the caller's own
/// transaction), evicts their cached public pages and API responses. Changes no reader sees —
/// the audit trail, mail, job leases, accounts, download counters — evict nothing. A change of a
/// record that names no organisation (an evidence link, a holiday) evicts with the organisations
/// of the same save, or everything when the save names none. The organisations' versions
/// (<see cref="OrganizationVersions"/>) move with their entries.
/// </summary>
internal sealed class PublicCacheEviction(IOutputCacheStore store, PublicCacheGate gate, OrganizationVersions versions) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> Unseen =
    [
        typeof(AuditEntry), typeof(AuditCheckpoint), typeof(PublicDownloadCount), typeof(JobLease), typeof(OutboxMessage),
        typeof(ReminderDelivery), typeof(CalendarFeed), typeof(EvidenceContent), typeof(Membership), typeof(RoleGrant),
        typeof(UserUnit), typeof(AppUser),
    ];

    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictAsync(eventData.Context, cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EvictAsync(eventData.Context, cancellationToken).AsTask();

    // A failed save or a rolled-back transaction changed nothing a reader can see.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var tags = new HashSet<string>();
        var unplaced = false;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var type = entry.Entity.GetType();
            if (Unseen.Contains(type) || type.Namespace?.StartsWith("AntiCor.Core", StringComparison.Ordinal) != true)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Organization organization:
                    tags.Add(PublicCache.OrganizationTag(organization.Id));
                    break;
                case ITenantOwned owned:
                    tags.Add(PublicCache.OrganizationTag(owned.OrganizationId));
                    if (owned is Programme programme)
                    {
                        tags.Add(PublicCache.ProgrammeTag(programme.Id));
                    }
                    else if (entry.Metadata.FindProperty("ProgrammeId") is { ClrType: var clr } && clr == typeof(Guid))
                    {
                        tags.Add(PublicCache.ProgrammeTag((Guid)entry.Property("ProgrammeId").CurrentValue!));
                    }

                    break;
                default:
                    unplaced = true;
                    break;
            }
        }

        if (unplaced && tags.Count == 0)
        {
            tags.Add(PublicCache.EverythingTag);
        }

        if (tags.Count == 0)
        {
            return;
        }

        tags.Add(PublicCache.AcrossOrganizationsTag);
        _pending.GetOrCreateValue(context).UnionWith(tags);
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var tags) || tags.Count == 0)
        {
            return;
        }

        var evicted = tags.ToList();
        tags.Clear();
        await gate.NextGenerationAsync(cancellationToken);
        foreach (var tag in evicted)
        {
            if (tag == PublicCache.EverythingTag)
            {
                versions.EverythingMoved();
            }
            else if (PublicCache.OrganizationOfTag(tag) is { } organization)
            {
                versions.Moved(organization);
            }

            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var tags))
        {
            tags.Clear();
        }
    }
}
