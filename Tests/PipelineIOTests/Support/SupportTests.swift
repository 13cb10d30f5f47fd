import Testing
@testable import Pipeline
@testable import PipelineIO


@Suite("Support")
struct SupportTests {
    @Test("SHA-256 test vectors of FIPS 180-4")
    func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("document dates are checked for real calendar days")
    func dates() {
        #expect(DocumentDate.isValid("2021-12-01"))
        #expect(DocumentDate.isValid("2024-02-29"))
        #expect(!DocumentDate.isValid("2023-02-29"))
        #expect(!DocumentDate.isValid("2021-13-01"))
        #expect(!DocumentDate.isValid("21-12-01"))
        #expect(!DocumentDate.isValid("yesterday"))
    }

    @Test("fixed-point formatting")
    func formatting() {
        #expect(Format.fixed(3.14159, 2) == "3.14")
        #expect(Format.fixed(0.005, 2) == "0.01")
        #expect(Format.fixed(-1.5, 1) == "-1.5")
        #expect(Format.fixed(2, 0) == "2")
    }
}
