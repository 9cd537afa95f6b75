using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Register;

/// <summary>
/// Executors without phantoms (ADR-015): a name the organisation has no unit for is shown on the
/// import review and on the measure form with its «можливо, …?», and nothing is created until the
/// coordinator chooses — an existing unit (perhaps keeping the spelling as its alias) or a new one.
/// Each test misspells a seed unit no other test misspells, so what one creates cannot answer another.
/// </summary>
[Collection(RegisterCollection.Name)]
public sealed class ExecutorSuggestionTests(AntiCorFactory factory)
{
    private static readonly HtmlParser Parser = new();

    private async Task<HttpClient> CoordinatorAsync() => await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

    /// <summary>A one-measure order of its own act number, naming <paramref name="executors"/>.</summary>
    private static byte[] Plan(string number, string executors) => Encoding.UTF8.GetBytes($"""
        РОЗПОРЯДЖЕННЯ

        МІСЬКОГО ГОЛОВИ

        від 10 лютого 2020 року

        № {number}

        Про затвердження заходів з навчання з питань доброчесності на 2020 рік

        Відповідно до статті 19 Закону України «Про запобігання корупції»:

        1. Затвердити заходи з навчання з питань доброчесності на 2020 рік (додаються).

        2. Виконавцям щокварталу до 10 числа місяця, що настає за звітним кварталом, інформувати юридичне управління про стан виконання заходів.

        Міський голова

        Андрій РАЙКОВИЧ

        № з/п	Зміст заходу	Термін	Виконавець
        1	2	3	4
        1. Навчання
        1.1	Провести навчання новопризначених посадових осіб з питань доброчесності	ІІ квартал 2020 року	{executors}
        """);

    /// <summary>Every field of the review form as a browser sends it back untouched (an unchosen select sends nothing).</summary>
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

    private Task<Guid> UnitIdAsync(string name) => factory.QueryAsync(db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<int> UnitCountAsync() => factory.QueryAsync(db => db.OrgUnits.CountAsync());

    private Task<List<string>> ExecutorsOfAsync(Guid programmeId) => factory.QueryAsync(db => db.MeasureExecutors
        .Where(e => db.Measures.Any(m => m.Id == e.MeasureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == programmeId)))
        .Select(e => e.OrgUnit.Name).ToListAsync());

    private static Guid ProgrammeIdIn(HttpResponseMessage confirm) => Guid.Parse(confirm.Headers.Location!.OriginalString.Split('/')[^1]);

    [Fact]
    public async Task A_misspelt_unit_is_shown_with_its_suggestion_and_confirming_without_a_choice_stores_nothing()
    {
        var client = await CoordinatorAsync();
        var units = await UnitCountAsync();
        var programmes = await factory.QueryAsync(db => db.Programmes.CountAsync());
        var personnel = await UnitIdAsync("Відділ кадрової роботи");

        var preview = await ImportUpload.PostAsync(client, "plan.txt", Plan("31-р", "Відділ кадрвої роботи, юридичне управління"));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = Parser.ParseDocument(html);
        var row = Assert.Single(page.QuerySelectorAll("[data-unknown-executor]"));
        Assert.Equal("Відділ кадрвої роботи", row.GetAttribute("data-unknown-executor"));
        var suggestion = row.QuerySelector("[data-executor-suggestion]")!;
        Assert.Equal("можливо, Відділ кадрової роботи?", suggestion.TextContent.Trim());
        Assert.Equal(personnel.ToString(), suggestion.GetAttribute("data-executor-suggestion"));
        // The suggestion is offered, not taken: the choice starts empty.
        Assert.Equal("", row.QuerySelector("select[data-executor-choice] option[selected]")!.GetAttribute("value"));
        Assert.Equal(units, await UnitCountAsync());

        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", ReviewFields(html), "/programmes/import");

        var answer = WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Для виконавця «Відділ кадрвої роботи» (можливо, Відділ кадрової роботи?) оберіть наявний підрозділ або створення нового", answer);
        Assert.NotNull(Parser.ParseDocument(answer).QuerySelector("[data-unknown-executor='Відділ кадрвої роботи']"));
        Assert.Equal(units, await UnitCountAsync());
        Assert.Equal(programmes, await factory.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Mapping_a_misspelt_unit_to_the_suggestion_links_the_measure_to_that_unit_and_the_saved_alias_matches_next_time()
    {
        var client = await CoordinatorAsync();
        var units = await UnitCountAsync();
        var personnel = await UnitIdAsync("Відділ кадрової роботи");
        var html = await (await ImportUpload.PostAsync(client, "plan.txt", Plan("32-р", "Відділ кадровоі роботи"))).Content.ReadAsStringAsync();

        var fields = ReviewFields(html);
        Assert.Equal("Відділ кадровоі роботи", fields["ExecutorChoices[0].Name"]);
        fields["ExecutorChoices[0].Choice"] = personnel.ToString();
        fields["ExecutorChoices[0].SaveAlias"] = "true";
        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");

        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        var id = ProgrammeIdIn(confirm);
        Assert.Equal(["Відділ кадрової роботи"], await ExecutorsOfAsync(id));
        Assert.Equal(units, await UnitCountAsync());
        var raw = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => db.Measures.Any(m => m.Id == e.MeasureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id)))
            .Select(e => new { e.OrgUnitId, e.RawText }).SingleAsync());
        Assert.Equal((personnel, "Відділ кадровоі роботи"), (raw.OrgUnitId, raw.RawText));
        Assert.Contains("Відділ кадровоі роботи", await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == personnel).SelectMany(u => u.Aliases.Select(a => a.Text)).ToListAsync()));

        var again = await (await ImportUpload.PostAsync(client, "plan.txt", Plan("33-р", "Відділ кадровоі роботи"))).Content.ReadAsStringAsync();
        Assert.Null(Parser.ParseDocument(again).QuerySelector("[data-unknown-executors]"));
    }

    [Fact]
    public async Task Confirming_a_new_unit_for_a_misspelt_name_creates_exactly_one_unit()
    {
        var client = await CoordinatorAsync();
        var units = await UnitCountAsync();
        var html = await (await ImportUpload.PostAsync(client, "plan.txt", Plan("34-р", "Юридичне управлиння"))).Content.ReadAsStringAsync();
        var row = Assert.Single(Parser.ParseDocument(html).QuerySelectorAll("[data-unknown-executor]"));
        Assert.Equal("можливо, Юридичне управління?", row.QuerySelector("[data-executor-suggestion]")!.TextContent.Trim());

        var fields = ReviewFields(html);
        fields["ExecutorChoices[0].Choice"] = "new";
        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");

        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        Assert.Equal(units + 1, await UnitCountAsync());
        var created = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Name == "Юридичне управлиння").Select(u => u.Kind).SingleAsync());
        Assert.Equal(ExecutorKind.Unit, created);
        Assert.Equal(["Юридичне управлиння"], await ExecutorsOfAsync(ProgrammeIdIn(confirm)));
    }

    [Fact]
    public async Task An_unknown_position_is_offered_as_a_new_position_and_the_confirmed_review_creates_it()
    {
        var client = await CoordinatorAsync();
        var units = await UnitCountAsync();
        var html = await (await ImportUpload.PostAsync(client, "plan.txt", Plan("35-р", "Начальник відділу з питань запобігання та виявлення корупції, уповноважена особа"))).Content.ReadAsStringAsync();
        var row = Assert.Single(Parser.ParseDocument(html).QuerySelectorAll("[data-unknown-executor]"));
        Assert.Null(row.QuerySelector("[data-executor-suggestion]"));
        Assert.Equal("new", row.QuerySelector("select[data-executor-choice] option[selected]")!.GetAttribute("value"));

        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", ReviewFields(html), "/programmes/import");

        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        Assert.Equal(units + 1, await UnitCountAsync());
        Assert.Equal(ExecutorKind.Position, await factory.QueryAsync(db => db.OrgUnits
            .Where(u => u.Name == "Начальник відділу з питань запобігання та виявлення корупції, уповноважена особа").Select(u => u.Kind).SingleAsync()));
    }

    [Fact]
    public async Task The_measure_form_asks_about_an_unknown_executor_and_saves_only_once_a_unit_is_chosen()
    {
        var client = await CoordinatorAsync();
        var programmeId = await factory.QueryAsync(db => db.Programmes.Where(p => p.LegalBasis.Number == "98").Select(p => p.Id).SingleAsync());
        var measure = await factory.QueryAsync(db => db.Measures.Where(m => m.Number == "9.1" && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == programmeId))
            .Select(m => new { m.Id, m.DirectionId, m.Version, m.Text }).SingleAsync());
        var education = await UnitIdAsync("Управління освіти");
        var units = await UnitCountAsync();
        var url = $"/programmes/{programmeId}/measures/{measure.Id}/edit";
        Dictionary<string, string> Form(string executors) => new()
        {
            ["Text"] = measure.Text,
            ["TermText"] = "2020 рік",
            ["ExecutorsText"] = executors,
            ["DirectionId"] = measure.DirectionId.ToString(),
            ["Version"] = measure.Version.ToString(),
        };

        var asked = await client.PostFormAsync($"{url}?handler=Save", Form("Упраління освіти, служба у справах дітей"), url);

        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Підтвердіть виконавців, яких немає серед підрозділів організації; нічого не збережено.", html);
        var page = Parser.ParseDocument(html);
        var rows = page.QuerySelectorAll("[data-unknown-executor]");
        Assert.Equal(["Упраління освіти", "Служба у справах дітей"], rows.Select(r => r.GetAttribute("data-unknown-executor")));
        Assert.Equal("можливо, Управління освіти?", rows[0].QuerySelector("[data-executor-suggestion]")!.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-executor-suggestion]"));
        Assert.Equal(units, await UnitCountAsync());
        Assert.Equal(measure.Version, await factory.QueryAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.Version).SingleAsync()));

        var form = Form("Упраління освіти, служба у справах дітей");
        form["ExecutorChoices[0].Name"] = "Упраління освіти";
        form["ExecutorChoices[0].Choice"] = education.ToString();
        form["ExecutorChoices[1].Name"] = "Служба у справах дітей";
        form["ExecutorChoices[1].Choice"] = "new";
        var saved = await client.PostFormAsync($"{url}?handler=Save", form, url);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        Assert.Equal(units + 1, await UnitCountAsync());
        var executors = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => e.MeasureId == measure.Id).OrderBy(e => e.Position)
            .Select(e => new { e.OrgUnitId, e.OrgUnit.Name, e.OrgUnit.Kind }).ToListAsync());
        Assert.Equal(education, executors[0].OrgUnitId);
        Assert.Equal(("Служба у справах дітей", ExecutorKind.Unit), (executors[1].Name, executors[1].Kind));
        // Mapped without "keep as alias": the misspelling did not become a spelling of the unit.
        Assert.DoesNotContain("Упраління освіти", await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == education).SelectMany(u => u.Aliases.Select(a => a.Text)).ToListAsync()));
    }
}
