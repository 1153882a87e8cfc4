import { InputType } from '@nestjs/graphql';
import { InsightScopeInput } from '../read-model/scope.types';

@InputType()
export class WarningSignsInput extends InsightScopeInput {}
