using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>The register of draft-act reviews: a unit submits, the coordinator concludes with catalogue factors, the unit records proposals taken.</summary>
[Collection(AppCollection.Name)]
public sealed class DraftActsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/draft-acts/edit";

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields, (string Name, byte[] Bytes)? file)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "Upload", f.Name);
        }

        return await client.PostAsync(url + "?handler=Describe", form);
    }

    private static Dictionary<string, string> Draft(Guid unit, string title) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.Title"] = title,
        ["Input.Kind"] = nameof(DraftActKind.Order),
        ["Input.SubmittedOn"] = "02.02.2032",
        ["Input.RequestedBy"] = "09.02.2032",
    };

    [Fact]
    public async Task A_unit_submits_a_draft_the_coordinator_finds_factors_and_the_unit_records_the_proposals_it_took()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var factor = $"Широкі дискреційні повноваження {Guid.NewGuid():N}";
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/factors", new() { ["NewName"] = factor }, HttpStatusCode.Redirect);
        var factorId = await factory.QueryAsync(db => db.RiskFactors.Where(f => f.Name == factor).Select(f => f.Id).SingleAsync());
        var title = $"Про затвердження порядку надання матеріальної допомоги {Guid.NewGuid():N}";
        var pdf = EvidenceSamples.Pdf("проєкт " + title);

        using var submitted = await SubmitAsync(scene.Executor, Url, Draft(scene.UnitId, title), ("проєкт.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var review = await factory.QueryAsync(db => db.DraftActReviews.AsNoTracking().SingleAsync(r => r.Title == title));
        Assert.Equal(DraftActConclusion.Pending, review.Conclusion);
        Assert.Equal("проєкт.pdf", review.FileName);
        Assert.Equal(pdf, await scene.Coordinator.GetByteArrayAsync($"{Url}/{review.Id}?handler=File"));

        var noFactor = await RegisterScene.PostAsync(scene.Coordinator, $"{Url}/{review.Id}?handler=Conclude", new()
        {
            ["Input.Version"] = review.Version.ToString(), ["Input.Conclusion"] = nameof(DraftActConclusion.FactorsFound),
            ["Input.ConcludedOn"] = "05.02.2032", ["Input.ProposalsMade"] = "3",
        }, HttpStatusCode.OK);
        Assert.Contains(RegisterWords.FactorsWithoutFactor, noFactor, StringComparison.Ordinal);
        Assert.Equal(DraftActConclusion.Pending, await factory.QueryAsync(db => db.DraftActReviews.Where(r => r.Id == review.Id).Select(r => r.Conclusion).SingleAsync()));

        await RegisterScene.PostAsync(scene.Coordinator, $"{Url}/{review.Id}?handler=Conclude", new()
        {
            ["Input.Version"] = review.Version.ToString(), ["Input.Conclusion"] = nameof(DraftActConclusion.FactorsFound),
            ["Input.ConcludedOn"] = "05.02.2032", ["Input.Factors"] = factorId.ToString(), ["Input.Proposals"] = "Визначити вичерпні підстави", ["Input.ProposalsMade"] = "3",
        }, HttpStatusCode.Redirect);
        var concluded = await factory.QueryAsync(db => db.DraftActReviews.AsNoTracking().SingleAsync(r => r.Id == review.Id));
        Assert.Equal([factorId], concluded.Factors.Select(f => f.FactorId));

        // Only the department concludes.
        Assert.Equal(HttpStatusCode.Forbidden, (await scene.Executor.PostFormAsync($"{Url}/{review.Id}?handler=Conclude", new() { ["Input.Version"] = concluded.Version.ToString() }, $"{Url}/{review.Id}")).StatusCode);
        var tooMany = await RegisterScene.PostAsync(scene.Executor, $"{Url}/{review.Id}?handler=Taken", new() { ["Input.Version"] = concluded.Version.ToString(), ["Input.ProposalsTaken"] = "4" }, HttpStatusCode.OK);
        Assert.Contains(RegisterWords.ProposalsTakenTooMany, tooMany, StringComparison.Ordinal);
        await RegisterScene.PostAsync(scene.Executor, $"{Url}/{review.Id}?handler=Taken", new() { ["Input.Version"] = concluded.Version.ToString(), ["Input.ProposalsTaken"] = "2" }, HttpStatusCode.Redirect);
        Assert.Equal(2, await factory.QueryAsync(db => db.DraftActReviews.Where(r => r.Id == review.Id).Select(r => r.ProposalsTaken).SingleAsync()));

        var list = await HtmlPage.GetAsync(scene.Executor, "/registers/draft-acts");
        var row = Assert.Single(list.All("tr[data-entry]"));
        Assert.Contains("Виявлено корупціогенні чинники 05.02.2032", HtmlPage.Text(row.QuerySelector("[data-conclusion]")!), StringComparison.Ordinal);
        Assert.Empty((await HtmlPage.GetAsync(scene.Stranger, "/registers/draft-acts")).All($"tr[data-entry='{review.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Stranger, $"{Url}/{review.Id}?handler=File")).Status);
        var csv = await scene.Coordinator.GetStringAsync($"/registers/draft-acts?unit={scene.UnitId}&format=csv");
        Assert.Contains(title, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_that_is_not_a_document_or_due_before_it_was_submitted_is_refused_and_nothing_is_saved()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var title = $"Проєкт рішення {Guid.NewGuid():N}";

        using var exe = await SubmitAsync(scene.Executor, Url, Draft(scene.UnitId, title), ("проєкт.pdf", EvidenceSamples.Exe()));
        using var png = await SubmitAsync(scene.Executor, Url, Draft(scene.UnitId, title), ("проєкт.png", EvidenceSamples.Png()));
        using var early = await SubmitAsync(scene.Executor, Url, new(Draft(scene.UnitId, title)) { ["Input.RequestedBy"] = "01.02.2032" }, null);

        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("лише як документ PDF, DOCX або ODT", WebUtility.HtmlDecode(await exe.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("лише як документ PDF, DOCX або ODT", WebUtility.HtmlDecode(await png.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(RegisterWords.RequestedBeforeSubmitted, WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.DraftActReviews.AnyAsync(r => r.Title == title)));
    }
}
