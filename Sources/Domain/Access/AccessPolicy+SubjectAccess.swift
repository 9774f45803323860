extension AccessPolicy {
    /// The categories a subject-access export opens: every category for a holder of `roles`
    /// that grant `exportPersonalData`, none for anyone else; `nil` roles is the command line,
    /// run by whoever holds the database file, which can read all of it anyway.
    ///
    /// Why every category, and why only managers: the right of access (UK GDPR Article 15) is
    /// to everything held, whatever the person chose to share with whom, so the export cannot
    /// follow the consent rule that limits a coordinator's reading (PRODUCT.md, "Consent — the
    /// rule at the heart"). Giving it to every coordinator would let any of them read what the
    /// person withheld from the coordination team; the programme manager answers data-rights
    /// requests for the programme, outside case work, naming the reference and the reason, and
    /// every export is in the person's own access log.
    public func subjectAccessCategories(_ roles: Set<Role>?) -> Set<InformationCategory> {
        guard let roles else { return Set(InformationCategory.allCases) }
        return allows(roles, .exportPersonalData) ? Set(InformationCategory.allCases) : []
    }
}
