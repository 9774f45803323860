import Domain
import Testing

/// Importing personal data is a coordinator's job (PRODUCT.md): they can read what they import.
@Suite struct ImportPermissionTests {
    @Test(arguments: Role.allCases)
    func onlyCoordinatorsImport(role: Role) {
        #expect(AccessPolicy().allows([role], .importData) == (role == .coordinator))
    }
}
