using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Tests.Documents.Import.Plans;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Formats;

/// <summary>
/// A risk-based programme imported through the review page and stored: the act an annex leaves
/// unsaid filled in the review, each risk a record answered by its measures, the document's
/// indicators, results and resources, the new kinds of term and executor — and all of it back in
/// the programme's open-data JSON.
/// </summary>
[Collection(FormatsCollection.Name)]
public sealed class RiskProgrammeImportTests(AntiCorFactory factory)
{
    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, string> ReviewFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in Parser.ParseDocument(html).QuerySelectorAll("form[data-review-form] input[name], form[data-review-form] textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name != "__RequestVerificationToken" && input.GetAttribute("type") != "checkbox")
            {
                fields[name] = input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? "";
            }
        }

        return fields;
    }

    private async Task<HttpClient> CoordinatorAsync() => await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

    [Fact]
    public async Task An_xlsx_annex_without_its_order_is_stored_with_the_act_filled_in_the_review_and_every_risk_linked_to_its_measures()
    {
        var client = await CoordinatorAsync();
        var programmesBefore = await factory.QueryAsync(db => db.Programmes.CountAsync());

        var preview = await ImportUpload.PostAsync(client, "annex.xlsx", RiskPlan.Xlsx());
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = Parser.ParseDocument(html);
        Assert.Equal("", page.QuerySelector("[data-header='act-number']")!.GetAttribute("value") ?? "");
        Assert.NotNull(page.QuerySelector($"[data-warning='{WarningCodes.ActNumberNotFound}']"));
        Assert.Equal(5, page.QuerySelectorAll("fieldset[data-measure] [data-risk]").Length);

        var fields = ReviewFields(html);
        fields["Header.ActKind"] = "рішення";
        fields["Header.ActNumber"] = "28";
        fields["Header.ActDate"] = "06.02.2025";
        fields["Header.ActIssuer"] = "Виконавчий комітет Прибережненської міської ради";
        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");
        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        var id = Guid.Parse(confirm.Headers.Location!.OriginalString.Split('/')[^1]);

        var stored = await factory.QueryAsync(db => db.Programmes.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.LegalBasis, p.Reporting, p.Title }).SingleAsync());
        Assert.Equal(("рішення", "28", (DateOnly?)new DateOnly(2025, 2, 6), "Виконавчий комітет Прибережненської міської ради"), (stored.LegalBasis.Kind, stored.LegalBasis.Number, stored.LegalBasis.Date, stored.LegalBasis.Issuer));
        Assert.Equal(RiskPlan.Title, stored.Title);
        // The annex names no reporting rule: none is stored, and none is planned, until the coordinator sets one.
        Assert.True(stored.Reporting.IsUnset);
        Assert.Equal(0, await factory.QueryAsync(db => db.ReportingPeriods.CountAsync(p => p.ProgrammeId == id)));
        Assert.Equal(programmesBefore + 1, await factory.QueryAsync(db => db.Programmes.CountAsync()));

        var measures = await factory.QueryAsync(db => db.Measures.AsNoTracking()
            .Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .OrderBy(m => m.Number)
            .Select(m => new { m.Number, m.RiskId, m.Risk!.Description, m.Risk.LevelNormalized, m.ExpectedResult, m.Resources, m.Term, Kinds = m.Executors.Select(e => e.OrgUnit.Kind).ToList(), m.Id })
            .ToListAsync());
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], measures.Select(m => m.Number));
        Assert.Equal(3, await factory.QueryAsync(db => db.CorruptionRisks.CountAsync(r => r.ProgrammeId == id)));
        Assert.Equal(measures[0].RiskId, measures[1].RiskId);
        Assert.Equal(measures[3].RiskId, measures[4].RiskId);
        Assert.NotEqual(measures[0].RiskId, measures[2].RiskId);
        Assert.Equal([RiskLevels.High, RiskLevels.High, RiskLevels.Medium, RiskLevels.Low, RiskLevels.Low], measures.Select(m => m.LevelNormalized));
        Assert.Equal(RiskPlan.Bias, measures[0].Description);
        Assert.Equal(("Запобігання поділу предмета закупівлі", "Не потребує"), (measures[2].ExpectedResult, measures[2].Resources));
        Assert.Equal((TermKind.Annual, "--01-31"), (measures[2].Term.Kind, measures[2].Term.DueEachYear));
        Assert.Equal(TermKind.OnOccurrence, measures[3].Term.Kind);
        Assert.Equal((TermKind.Period, "Q1"), (measures[4].Term.Kind, measures[4].Term.PartOfYear));
        Assert.Equal([ExecutorKind.Position], measures[0].Kinds);

        var indicators = await factory.QueryAsync(db => db.Indicators.Where(i => i.MeasureId == measures[1].Id).OrderBy(i => i.Position).Select(i => new { i.Name, i.FromDocument }).ToListAsync());
        Assert.Equal(["Кількість оприлюднених звітів", "Кількість переглядів звітів"], indicators.Select(i => i.Name));
        Assert.All(indicators, i => Assert.True(i.FromDocument));

        var json = await client.GetStringAsync($"/o/kropyvnytskyi/programmes/{id}/export/json");
        var exported = JsonSerializer.Deserialize<ProgrammeDocument>(json, ContractJson.Options)!;
        var imported = Core.Documents.Import.ProgrammeImporter.Import(RiskPlan.Xlsx(), "annex.xlsx");
        var pairs = exported.Programme.Directions.SelectMany(d => d.Measures)
            .Zip(imported.Programme.Directions.SelectMany(d => d.Measures)).ToList();
        Assert.Equal(5, pairs.Count);
        foreach (var (back, read) in pairs)
        {
            Assert.Equal(read.Risk, back.Risk);
            Assert.Equal(read.Indicators, back.Indicators);
            Assert.Equal((read.ExpectedResult, read.Resources, read.Term), (back.ExpectedResult, back.Resources, back.Term));
            Assert.Equal(read.Executors.Select(e => e.Kind), back.Executors.Select(e => e.Kind));
        }

        Assert.Equal(("рішення", "28"), (exported.Programme.LegalBasis.KnownKind, exported.Programme.LegalBasis.KnownNumber));
        Assert.Equal(ReportingData.Unset, exported.Programme.Reporting);
    }

    [Fact]
    public async Task An_act_date_typed_wrong_in_the_review_is_refused_in_ukrainian_with_the_input_kept_and_nothing_stored()
    {
        var client = await CoordinatorAsync();
        var before = await factory.QueryAsync(db => db.Programmes.CountAsync());
        var html = await (await ImportUpload.PostAsync(client, "annex.xlsx", RiskPlan.Xlsx())).Content.ReadAsStringAsync();
        var fields = ReviewFields(html);
        fields["Header.ActDate"] = "6 лютого";

        var response = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");

        var answer = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("«6 лютого» — не дата", answer);
        Assert.Contains("value=\"6 лютого\"", answer);
        Assert.Equal(before, await factory.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task The_same_risk_programme_as_a_docx_order_is_stored_with_its_rule_of_working_days_after_the_half_year()
    {
        var client = await CoordinatorAsync();
        var html = await (await ImportUpload.PostAsync(client, "programme.docx", RiskPlan.Docx())).Content.ReadAsStringAsync();

        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", ReviewFields(html), "/programmes/import");

        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        var id = Guid.Parse(confirm.Headers.Location!.OriginalString.Split('/')[^1]);
        var rule = await factory.QueryAsync(db => db.Programmes.AsNoTracking().Where(p => p.Id == id).Select(p => p.Reporting).SingleAsync());
        Assert.Equal((ReportingFrequency.HalfYearly, (int?)10, true, false), (rule.Frequency, rule.DaysAfterPeriod, rule.WorkingDays, rule.IsUnset));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/kropyvnytskyi/programmes/{id}"));
        Assert.Contains("щопівроку протягом 10 робочих днів після закінчення звітного періоду", page);
        Assert.True(await factory.QueryAsync(db => db.ReportingPeriods.AnyAsync(p => p.ProgrammeId == id)));
    }
}
