using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Audit;

/// <summary>The words of the public checkpoints page: what a checkpoint is and how to use one.</summary>
public static class CheckpointsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(CheckpointsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string WhatTitle => L[nameof(WhatTitle)];
    public static string What => L[nameof(What)];
    public static string HowTitle => L[nameof(HowTitle)];
    public static string HowSave => L[nameof(HowSave)];
    public static string HowLater => L[nameof(HowLater)];
    public static string HowResult => L[nameof(HowResult)];
    public static string HowCompare => L[nameof(HowCompare)];
    public static string Download => L[nameof(Download)];
    public static string ListTitle => L[nameof(ListTitle)];
    public static string Caption => L[nameof(Caption)];
    public static string At => L[nameof(At)];
    public static string Count => L[nameof(Count)];
    public static string Hash => L[nameof(Hash)];
    public static string Empty => L[nameof(Empty)];
    public static string PublishTitle => L[nameof(PublishTitle)];
    public static string PublishLead => L[nameof(PublishLead)];
    public static string Latest => L[nameof(Latest)];
    public static string PublishNow => L[nameof(PublishNow)];
    public static string Published => L[nameof(Published)];
    public static string Unchanged => L[nameof(Unchanged)];
    public static string EmptyTrail => L[nameof(EmptyTrail)];
    public static string ToList => L[nameof(ToList)];
    public static string Chain => L[nameof(Chain)];
    public static string SystemChain => L[nameof(SystemChain)];
}
