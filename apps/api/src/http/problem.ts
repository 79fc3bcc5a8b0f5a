import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A request that is wrong in named fields: HTTP 400, each field listed. */
export class RequestValidationError extends HttpException {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '), HttpStatus.BAD_REQUEST);
    this.name = 'RequestValidationError';
  }

  static field(field: string, message: string): RequestValidationError {
    return new RequestValidationError([{ field, message }]);
  }
}

/** RFC 9457 problem details, the body of every error answer. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'https://sagsspor.dk/problems/';
