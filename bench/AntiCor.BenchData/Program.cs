using System.Diagnostics;
using AntiCor.BenchData;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// A national-scale data set for the benchmarks (issue 13); see bench/README.md.
if (GeneratorOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var settings = new Dictionary<string, string?> { ["Database:Provider"] = options.Provider, ["Data:Folder"] = options.Folder };
if (options.Connection is not null)
{
    settings[$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = options.Connection;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
Directory.CreateDirectory(options.Folder);

// Each worker has services of its own: the clock is the generator's (each step of a quarter happens
// on its own day, and the audit trail records that day), so workers must not share it.
var keys = AuditKeys.Load(configuration, options.Folder);
ServiceProvider Services(BenchClock clock) => new ServiceCollection()
    .AddSingleton<TimeProvider>(clock)
    .AddSingleton<IAuditActor>(new BenchActor())
    .AddSingleton(keys)
    .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(new BulkLoadPragmas())
    .AddAntiCorDatabase(DatabaseSetup.ReadOptions(configuration, options.Folder))
    .BuildServiceProvider();

// The day the data set is "now": after the seed programme's last quarter was reported.
var now = new DateTime(2021, 3, 1, 8, 0, 0, DateTimeKind.Utc);
var clocks = Enumerable.Range(0, options.Workers).Select(_ => new BenchClock(now)).ToList();
var workers = clocks.Select(Services).ToList();
await DatabaseSetup.MigrateAsync(workers[0]);
await using (var scope = workers[0].CreateAsyncScope())
{
    if (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organizations.AnyAsync())
    {
        Console.Error.WriteLine("Сховище вже містить організації: генератор заповнює лише порожнє.");
        return 1;
    }
}

var deferred = await DeferredIndexes.DropAsync(workers[0]);
var seed = ProgrammeImporter.Import(SeedProgramme.Read(), SeedProgramme.FileName);
var plan = Hierarchy.Plan(options.Organizations);
var writers = workers.Select((services, w) => new OrganizationWriter(services, clocks[w], seed)).ToList();
var watch = Stopwatch.StartNew();
var ids = new Guid[plan.Count];
var done = 0;
long Reports() => writers.Sum(w => w.Reports);

// Level by level (oblasts, hromadas, enterprises), so that a parent is stored before its
// children; within a level the workers take organisations in turn. Each organisation's data come
// from a random generator seeded by the seed and its index alone, so the set does not depend on
// the number of workers or their timing.
foreach (var level in Hierarchy.Levels(plan))
{
    await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
    {
        for (var k = w; k < level.Count; k += writers.Count)
        {
            var i = level[k];
            var random = new Random(unchecked((options.Seed * 1_000_003) + i));
            ids[i] = await writer.WriteAsync(plan[i], i, plan[i].Parent >= 0 ? ids[plan[i].Parent] : null, random);
            var finished = Interlocked.Increment(ref done);
            if (finished % 10 == 0 || finished == plan.Count)
            {
                lock (watch)
                {
                    Progress.Show(finished, plan.Count, Reports(), watch.Elapsed);
                }
            }
        }
    })));
}

Console.Error.WriteLine();
Console.Error.WriteLine($"time by step: {Phases.Summary()}");
var restored = await deferred.RestoreAsync(workers[0]);
Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"indexes and full-text search built at the end in {restored.TotalSeconds:0} s"));
await using (var scope = workers[0].CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var seconds = watch.Elapsed.TotalSeconds;
    var (organizations, units, measures) = (await db.Organizations.CountAsync(), await db.OrgUnits.CountAsync(), await db.Measures.CountAsync());
    var (obligations, reports, audit) = (await db.Obligations.CountAsync(), await db.Reports.CountAsync(), await db.AuditEntries.CountAsync());
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"bench-data: {organizations:N0} organisations, {units:N0} units, {measures:N0} measures, {obligations:N0} obligations, {reports:N0} reports, " +
        $"{audit:N0} audit rows in {seconds:0} s ({Reports() / seconds:N0} reports/s); seed {options.Seed}, {options.Provider}, {options.Workers} workers"));
}

foreach (var services in workers)
{
    await services.DisposeAsync();
}

return 0;
