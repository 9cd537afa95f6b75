extern alias web;

using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Features.Registers;
using web::AntiCor.Web.Features.Registers.Trainings;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>Trainings with participants and certificates, consultations, coverage per unit; access, export, figures, retention.</summary>
[Collection(AppCollection.Name)]
public sealed class TrainingsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/trainings/edit";
    private const string ConsultationUrl = "/registers/trainings/consultations/edit";

    private static Dictionary<string, string> Training(string topic, string starts, string? ends = null, string hours = "6") => new()
    {
        ["Input.Topic"] = topic, ["Input.Organiser"] = "НАЗК", ["Input.StartsOn"] = starts, ["Input.EndsOn"] = ends ?? "", ["Input.Hours"] = hours,
    };

    private static async Task<HttpResponseMessage> AddParticipantAsync(HttpClient client, Guid training, int version, Guid unit, string name, (string Name, byte[] Bytes)? file)
    {
        var url = $"{Url}/{training}";
        var token = await TestUsers.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ParticipantUnitId"] = unit.ToString(), ["Input.ParticipantName"] = name,
        })
        {
            form.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "Upload", f.Name);
        }

        return await client.PostAsync(url + "?handler=Participant", form);
    }

    private static Task<int> VersionAsync(AntiCorFactory factory, Guid id) => factory.QueryAsync(db => db.TrainingEvents.Where(t => t.Id == id).Select(t => t.Version).SingleAsync());

    [Fact]
    public async Task The_department_records_a_training_with_participants_and_certificates_and_refuses_bad_input_saving_nothing()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var topic = $"Запобігання конфлікту інтересів {Guid.NewGuid():N}";
        var backwards = await RegisterScene.PostAsync(scene.Coordinator, Url, Training(topic, "12.03.2053", "11.03.2053"), HttpStatusCode.OK);
        Assert.Contains(RegisterWords.TrainingEndsBeforeStart, backwards, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.TrainingEvents.AnyAsync(t => t.Topic == topic)));
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Executor, Url)).Status);

        await RegisterScene.PostAsync(scene.Coordinator, Url, Training(topic, "12.03.2053", "13.03.2053", "12"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.TrainingEvents.Where(t => t.Topic == topic).Select(t => t.Id).SingleAsync());
        var pdf = EvidenceSamples.Pdf("сертифікат " + topic);
        using (var added = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.UnitId, "Шевчук Анна", ("сертифікат.pdf", pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var exe = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.UnitId, "Ткач Олег", ("сертифікат.pdf", EvidenceSamples.Exe()));
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains(TrainingsText.WrongCertificate, WebUtility.HtmlDecode(await exe.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var twice = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.UnitId, "Шевчук Анна", null);
        Assert.Contains(RegisterWords.ParticipantTwice, WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using (var plain = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.OtherUnitId, "Ткач Олег", null))
        {
            Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        }

        var training = await factory.QueryAsync(db => db.TrainingEvents.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(["Ткач Олег", "Шевчук Анна"], training.Participants.Select(p => p.PersonName).Order());
        var certified = training.Participants.Single(p => p.PersonName == "Шевчук Анна");
        Assert.Equal(pdf, await scene.Coordinator.GetByteArrayAsync($"{Url}/{id}?handler=Certificate&participant={certified.Id}"));

        // The executor sees the event their unit took part in, its counts for their unit, never the names.
        var list = await HtmlPage.GetAsync(scene.Executor, "/registers/trainings?from=01.01.2053&to=31.12.2053");
        var row = list.Single($"tr[data-entry='{id}']");
        Assert.Equal("1", row.QuerySelector("[data-participants]")!.TextContent);
        Assert.Equal("12.03.2053–13.03.2053", row.QuerySelector("[data-dates]")!.TextContent);
        Assert.DoesNotContain("Шевчук", list.Html, StringComparison.Ordinal);
        var csv = await scene.Coordinator.GetStringAsync("/registers/trainings?from=01.01.2053&to=31.12.2053&format=csv");
        Assert.Contains(topic, csv, StringComparison.Ordinal);
        using var xlsx = await scene.Coordinator.GetAsync("/registers/trainings?from=01.01.2053&to=31.12.2053&format=xlsx");
        Assert.Equal(RegisterExport.Xlsx, xlsx.Content.Headers.ContentType!.MediaType);

        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "TrainingEvent" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Changes!.Contains("Participants.PersonName", StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain("Шевчук", a.Changes!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Consultations_are_kept_per_unit_and_coverage_shows_who_has_not_been_trained_this_year()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var early = await RegisterScene.PostAsync(scene.Executor, ConsultationUrl, new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Юрченко Іван", ["Input.AskedOn"] = "10.04.2054",
            ["Input.Question"] = "Чи є конфлікт інтересів, якщо родич — учасник закупівлі?", ["Input.Answer"] = "Так, потенційний", ["Input.AnsweredOn"] = "09.04.2054",
        }, HttpStatusCode.OK);
        Assert.Contains(RegisterWords.AnswerBeforeQuestion, early, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Consultations.AnyAsync(c => c.OrgUnitId == scene.UnitId)));
        await RegisterScene.PostAsync(scene.Executor, ConsultationUrl, new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Юрченко Іван", ["Input.AskedOn"] = "10.04.2054",
            ["Input.Question"] = "Чи є конфлікт інтересів, якщо родич — учасник закупівлі?", ["Input.Answer"] = "Так, потенційний", ["Input.AnsweredOn"] = "11.04.2054",
        }, HttpStatusCode.Redirect);
        var consultations = await HtmlPage.GetAsync(scene.Executor, $"/registers/trainings/consultations?unit={scene.UnitId}");
        Assert.Equal(RegisterAccess.Masked, Assert.Single(consultations.All("tr[data-entry] [data-person]")).TextContent);
        Assert.Empty((await HtmlPage.GetAsync(scene.Stranger, $"/registers/trainings/consultations?unit={scene.UnitId}")).All("tr[data-entry]"));
        Assert.Contains("Юрченко Іван", await scene.Coordinator.GetStringAsync($"/registers/trainings/consultations?unit={scene.UnitId}&format=csv"), StringComparison.Ordinal);

        // Two declarants of the unit in the campaign running in 2054; one of them trained that year.
        foreach (var name in new[] { "Навчений Декларант", "Ненавчений Декларант" })
        {
            await RegisterScene.PostAsync(scene.Coordinator, "/registers/declarations/edit", new()
            {
                ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.Year"] = "2053", ["Input.PersonName"] = name,
                ["Input.Email"] = $"d.{Guid.NewGuid():N}@example.gov.ua", ["Input.Position"] = "Спеціаліст",
            }, HttpStatusCode.Redirect);
        }

        var topic = $"Декларування {Guid.NewGuid():N}";
        await RegisterScene.PostAsync(scene.Coordinator, Url, Training(topic, "05.05.2054"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.TrainingEvents.Where(t => t.Topic == topic).Select(t => t.Id).SingleAsync());
        using (var added = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.UnitId, "Навчений Декларант", ("сертифікат.png", EvidenceSamples.Png())))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var coverage = await HtmlPage.GetAsync(scene.Coordinator, "/registers/trainings/coverage?year=2054");
        Assert.Equal("1", coverage.Single($"tr[data-unit='{scene.UnitId}'] [data-trained]").FirstChild!.TextContent.Trim());
        Assert.Equal("Ненавчений Декларант", coverage.Single($"tr[data-unit='{scene.UnitId}'] [data-untrained]").TextContent);
        Assert.NotNull(coverage.Single($"tr[data-unit='{scene.OtherUnitId}'] [data-not-trained]"));
        var executorCoverage = await HtmlPage.GetAsync(scene.Executor, "/registers/trainings/coverage?year=2054");
        Assert.Single(executorCoverage.All("tr[data-unit]"));
        Assert.DoesNotContain("Ненавчений", executorCoverage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linked_measures_report_form_offers_the_trainings_figures_and_old_names_are_erased_keeping_the_counts()
    {
        // The only test that links this register to the seed programme (measure 7.4) and the only one with trainings in 2019.
        var scene = await RegisterScene.CreateAsync(factory);
        var programme = await factory.QueryAsync(db => db.Programmes.Where(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == SeedProgramme.OrganizationSlug)).Select(p => p.Id).FirstAsync());
        await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", new()
        {
            ["ProgrammeId"] = programme.ToString(), ["Register"] = nameof(RegisterKind.Trainings), ["MeasureNumber"] = "7.4",
        }, HttpStatusCode.Redirect);
        var topic = $"Антикорупційне законодавство {Guid.NewGuid():N}";
        await RegisterScene.PostAsync(scene.Coordinator, Url, Training(topic, "15.11.2019", hours: "4"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.TrainingEvents.Where(t => t.Topic == topic).Select(t => t.Id).SingleAsync());
        foreach (var name in new[] { "Слухач Перший", "Слухач Другий" })
        {
            using var added = await AddParticipantAsync(scene.Coordinator, id, await VersionAsync(factory, id), scene.UnitId, name, null);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        await RegisterScene.PostAsync(scene.Coordinator, ConsultationUrl, new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Запитувач", ["Input.AskedOn"] = "02.12.2019",
            ["Input.Question"] = "Як повідомити про конфлікт інтересів?", ["Input.Answer"] = "Письмово керівнику", ["Input.AnsweredOn"] = "03.12.2019",
        }, HttpStatusCode.Redirect);

        var app = factory.OnClock(new DateOnly(2020, 1, 10), out _);
        var obligation = await app.NewObligationAsync(periodKey: "2019Q4", measureNumber: "7.4");
        var executor = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var form = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["1", "2", "4", "1"], form.All("[data-offer='Trainings'] [data-figure]").Select(f => f.TextContent));
        Assert.Equal("Проведено 1 навчальних заходів тривалістю 4 годин, навчання пройшли 2 осіб; надано 1 консультацій.",
            form.Single("[data-offer='Trainings'] [data-sentence]").TextContent);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await RegisterRetention.EraseAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new DateOnly(2026, 1, 1),
                new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc), new RegisterRetentionOptions(), CancellationToken.None);
        }

        var training = await factory.QueryAsync(db => db.TrainingEvents.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.All(training.Participants, p => Assert.Null(p.PersonName));
        Assert.Equal(2, training.Participants.Count);
        Assert.Null(await factory.QueryAsync(db => db.Consultations.Where(c => c.OrgUnitId == scene.UnitId).Select(c => c.PersonName).SingleAsync()));
        var after = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["1", "2", "4", "1"], after.All("[data-offer='Trainings'] [data-figure]").Select(f => f.TextContent));
    }
}
