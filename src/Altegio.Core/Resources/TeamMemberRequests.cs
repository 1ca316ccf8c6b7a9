namespace Altegio.Resources
{
    /// <summary>Filters of the V2 team-member list. Null means "not filtered" for every member.</summary>
    public sealed class TeamMemberListOptions
    {
        /// <summary>Dismissed, current or both (<c>filter[fired]</c>). Default: current only.</summary>
        public Models.TeamMemberStatus Status { get; set; } = Models.TeamMemberStatus.Active;

        /// <summary>Also list deleted members (<c>filter[deleted]</c>).</summary>
        public bool IncludeDeleted { get; set; }

        /// <summary>Part of the name (<c>filter[name]</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The position (<c>filter[position_id]</c>).</summary>
        public long? PositionId { get; set; }

        /// <summary>Part of the position title (<c>filter[position_title]</c>).</summary>
        public string? PositionTitle { get; set; }

        /// <summary>True: only members linked to a user account; false: only those without (<c>filter[user_linked]</c>).</summary>
        public bool? UserLinked { get; set; }

        /// <summary>True: only paid seats; false: only unpaid (<c>filter[is_paid]</c>).</summary>
        public bool? IsPaid { get; set; }

        /// <summary>True: only members with a schedule; false: only those without (<c>filter[has_schedule]</c>).</summary>
        public bool? HasSchedule { get; set; }

        /// <summary>True: only members available as assistants; false: only the others (<c>filter[is_assistant]</c>).</summary>
        public bool? IsAssistant { get; set; }

        /// <summary>Side-load the positions to fill <see cref="Models.TeamMember.PositionTitle"/> (<c>include[]=position</c>).</summary>
        public bool IncludePosition { get; set; }
    }

    /// <summary>What V1 quick create needs for a new team member.</summary>
    public sealed class NewTeamMember
    {
        /// <summary>The display name (required).</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The specialization shown to clients (required).</summary>
        public string Specialization { get; set; } = string.Empty;

        /// <summary>The position, or null for none.</summary>
        public long? PositionId { get; set; }

        /// <summary>The e-mail of an Altegio user to link (<c>user_email</c>).</summary>
        public string? Email { get; set; }

        /// <summary>The phone of an Altegio user to link (<c>user_phone</c>).</summary>
        public string? Phone { get; set; }

        /// <summary>Invite the linked user (<c>is_user_invite</c>, always sent; null sends false).</summary>
        public bool? Invite { get; set; }

        /// <summary>Occupy a paid seat (<c>is_paid_staff</c>); null leaves it out.</summary>
        public bool? Paid { get; set; }

        /// <summary>Give access to the timetable (<c>has_timetable_access</c>), which working hours need; null leaves it out.</summary>
        public bool? TimetableAccess { get; set; }
    }

    /// <summary>The changes of a V1 team-member update; null members are not sent.</summary>
    public sealed class TeamMemberChanges
    {
        /// <summary>The new name.</summary>
        public string? Name { get; set; }

        /// <summary>The new specialization.</summary>
        public string? Specialization { get; set; }

        /// <summary>The new sort weight (0 or more; higher comes first).</summary>
        public int? Weight { get; set; }

        /// <summary>The new description (HTML).</summary>
        public string? Information { get; set; }

        /// <summary>True hides the member from online booking; false shows them.</summary>
        public bool? HiddenFromOnlineBooking { get; set; }

        /// <summary>True dismisses the member; false hires them again.</summary>
        public bool? Dismissed { get; set; }

        /// <summary>True gives the member a paid seat; false takes it away.</summary>
        public bool? Paid { get; set; }

        /// <summary>True when nothing would be sent.</summary>
        public bool IsEmpty => Name is null && Specialization is null && Weight is null && Information is null
            && HiddenFromOnlineBooking is null && Dismissed is null && Paid is null;
    }
}
