/**
 * The CustomFunctions global as Excel provides it, for calling the functions directly in Node: the Error class
 * keeps code and message exactly as Excel receives them.
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
