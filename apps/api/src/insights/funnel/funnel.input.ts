import { InputType } from '@nestjs/graphql';
import { InsightScopeInput } from '../read-model/scope.types';

@InputType()
export class ComplaintFunnelInput extends InsightScopeInput {}
