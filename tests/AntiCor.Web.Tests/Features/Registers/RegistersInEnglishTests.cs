using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Web.Tests.Support;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>A register's page speaks English to an English reader; its export stays Ukrainian, a document the import reads back (ADR-014).</summary>
[Collection(AppCollection.Name)]
public sealed class RegistersInEnglishTests(AntiCorFactory factory)
{
    [Fact]
    public async Task The_conflicts_list_is_english_with_culture_en_and_its_export_keeps_the_ukrainian_words()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/conflicts/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(),
            ["Input.PersonName"] = "Левченко Олена",
            ["Input.Kind"] = nameof(ConflictKind.Potential),
            ["Input.Description"] = "Родич у складі тендерного комітету",
            ["Input.NotifiedOn"] = "02.03.2093",
            ["Input.SettlementDecision"] = "",
            ["Input.SettledOn"] = "",
            ["Input.Outcome"] = "",
        }, HttpStatusCode.Redirect);

        var page = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/conflicts?unit={scene.UnitId}&culture=en");
        var csv = await scene.Coordinator.GetStringAsync($"/registers/conflicts?unit={scene.UnitId}&format=csv&culture=en");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Single("html").GetAttribute("lang"));
        Assert.Equal("Conflicts of interest", HtmlPage.Text(page.Single("h1")));
        Assert.Equal("Entries found: 1.", HtmlPage.Text(page.Single("[data-total]")));
        Assert.Contains("Potential", HtmlPage.Text(page.Single("tr[data-entry]")), StringComparison.Ordinal);
        Assert.Contains("Потенційний", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Potential", csv, StringComparison.Ordinal);
    }
}
