namespace FaqIndex.Content;

/// <summary>Who an FAQ entry is written for; an entry may serve both.</summary>
[Flags]
public enum Audience
{
    /// <summary>No audience (invalid for an entry).</summary>
    None = 0,

    /// <summary>Members (加入者) chatting on the website.</summary>
    Member = 1,

    /// <summary>HR staff (事業所の健康保険担当) asking in Teams.</summary>
    Hr = 2,

    /// <summary>Both members and HR staff.</summary>
    Both = Member | Hr,
}
