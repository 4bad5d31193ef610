import MPPDashCLI

MPPDash.main()
